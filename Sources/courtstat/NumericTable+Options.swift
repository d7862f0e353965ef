import CourtstatData

extension NumericTable {
    /// The column that `option` names (`--y`, `--x`, …) as numbers. A name that is not a column
    /// is bad data (65), and the message says which option named it.
    func column(_ name: String, option: String) throws -> [Double] {
        try requireColumn(name, option: option)
        return try column(name)
    }

    /// The logs of the exposure column that `option` names (the offset of a count model); a name
    /// that is not a column is bad data (65), the message naming the option.
    func logExposure(_ name: String, option: String) throws -> [Double] {
        try requireColumn(name, option: option)
        return try logExposure(name)
    }

    private func requireColumn(_ name: String, option: String) throws {
        guard names.contains(name) else {
            throw CLIError(status: .data, message: "\(file):\(headerLine):1: no column '\(name)' (named by \(option)); "
                           + "the columns are \(names.joined(separator: ", "))")
        }
    }
}
