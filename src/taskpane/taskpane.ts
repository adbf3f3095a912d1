// Task pane entry: wired to the Office.js adapter once it lands.
export {};
