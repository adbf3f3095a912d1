// Web checker entry: reads an .xlsx in the browser (no upload) once the xlsx reader lands.
export {};
