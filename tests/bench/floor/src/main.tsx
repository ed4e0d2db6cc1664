/**
 * The benchmark's floor: the least a page built on this stack can do and still do the dashboard's first job.
 * React 19 + Recharts 3 + zod 4 + zustand 5; one horizontal bar chart of 50 rows in a ResponsiveContainer, its data
 * fetched as JSON and zod-validated, held in a zustand store, filtered by a "Minimum value" range slider.
 * The dashboard is measured against this page, so keep it plain: no code a real page could drop.
 */
import { useEffect, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { z } from 'zod';
import { create } from 'zustand';

const RowsSchema = z.array(z.object({ name: z.string().min(1), value: z.number().min(0).max(100) })).min(1);
type Row = z.infer<typeof RowsSchema>[number];

interface FloorState {
  rows: Row[] | null;
  minimum: number;
  setRows: (rows: Row[]) => void;
  setMinimum: (minimum: number) => void;
}

const useFloor = create<FloorState>()((set) => ({
  rows: null,
  minimum: 0,
  setRows: (rows) => set({ rows }),
  setMinimum: (minimum) => set({ minimum }),
}));

function App() {
  const rows = useFloor((state) => state.rows);
  const minimum = useFloor((state) => state.minimum);
  const setRows = useFloor((state) => state.setRows);
  const setMinimum = useFloor((state) => state.setMinimum);
  useEffect(() => {
    void fetch('/rows.json')
      .then((response) => response.json())
      .then((json: unknown) => setRows(RowsSchema.parse(json)));
  }, [setRows]);
  const shown = useMemo(() => (rows ?? []).filter((row) => row.value >= minimum), [rows, minimum]);
  return (
    <main>
      <h1>Net import reliance (floor)</h1>
      <label>
        Minimum value <input type="range" min={0} max={100} step={1} value={minimum} onChange={(event) => setMinimum(Number(event.target.value))} />
      </label>
      {rows === null ? (
        <p role="status">Loading…</p>
      ) : (
        <div className="chart" style={{ width: '100%', height: 1040 }}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={shown} layout="vertical" margin={{ left: 16, right: 16 }}>
              <XAxis type="number" domain={[0, 100]} />
              <YAxis type="category" dataKey="name" width={140} interval={0} />
              <Tooltip />
              <Bar dataKey="value" fill="#2f6f9f" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
