import ArgumentParser

/// Output format: a table for a person, CSV or JSON for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}
