extension CSVReader {
    /// Whether the current record (or the record that has just failed to parse) starts with `#`:
    /// a comment line, for the readers that allow them (`NumericTable`).
    var startsWithHash: Bool { recordStart < filled && buffer[recordStart] == 0x23 }
}
