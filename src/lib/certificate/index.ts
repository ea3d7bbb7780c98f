/**
 * The course certificate: the completion record and its verification code, which names can be printed, the PDF,
 * and reading a PDF back for the verify page. Islands import `./record` and `./name` directly for eager code, and
 * `./pdf` and `./read` with a dynamic `import()`, because those two pull in pdf-lib and fontkit.
 */
export * from './record';
export * from './shape';
export * from './name';
export * from './printed';
export * from './pdf';
export * from './read';
