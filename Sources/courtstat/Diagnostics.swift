import CourtstatStatus
import Foundation

/// What a command says on standard error besides errors: notes (remarks on the data or the
/// method: cases left out, a design near collinearity) and warnings (R's warnings: the result may
/// mislead). The layer that produces a result says which is which; this only prints them.
enum Diagnostics {
    /// `courtstat: note: TEXT`, one line each.
    static func note(_ notes: [String]) {
        for note in notes { FileHandle.standardError.write(Data("courtstat: note: \(note)\n".utf8)) }
    }

    /// Notes that may name parameters, with the parameters as the command line's flags.
    static func note(_ notes: [Wording]) {
        note(notes.map { $0.rendered(naming: FlagNames.flag) })
    }

    /// `courtstat: warning: TEXT`, one line each.
    static func warn(_ warnings: [String]) {
        for warning in warnings { FileHandle.standardError.write(Data("courtstat: warning: \(warning)\n".utf8)) }
    }
}
