/**
 * Everything that makes a file, loaded by the toolbar after the first view is drawn (and on the first export, if
 * that comes sooner): none of it is in the JavaScript the first chart waits for.
 */
export { copyLink, downloadFile, prepareImage, startPng } from './toolbar-tasks';
export { VIEW_FILES } from './view-files';
