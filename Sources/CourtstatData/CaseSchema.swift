#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The columns of the case-level CSV (DESIGN.md "Case-level CSV"), in their documented order.
/// Only `case_id`, `article` and `received_date` are required; other columns of a file are kept
/// and ignored.
public enum CaseColumn: String, CaseIterable, Sendable {
    case caseID = "case_id"
    case court, region, article, part
    case receivedDate = "received_date"
    case decisionDate = "decision_date"
    case defendantStatus = "defendant_status"
    case sentenceType = "sentence_type"
    case sentenceMonths = "sentence_months"
    case sourceURL = "source_url"

    /// The column's name in files and output.
    public var name: String { rawValue }

    /// Whether every row must have the column (and a value in it).
    public var isRequired: Bool { self == .caseID || self == .article || self == .receivedDate }

    /// The columns a count can be split by (`--split`); `status` is accepted for defendant_status.
    public static let splittable: [CaseColumn] = [.defendantStatus, .article, .sentenceType, .court, .region, .part]

    /// A column named on the command line (`status` is short for `defendant_status`).
    public init?(argument: String) {
        if argument == "status" { self = .defendantStatus; return }
        self.init(rawValue: argument)
    }
}

/// The service status of a defendant.
public enum DefendantStatus: String, CaseIterable, Sendable {
    case mobilized, contract, conscript, volunteer, unknown

    /// The status spelled by these bytes, or nil.
    @inline(__always)
    public init?(bytes b: UnsafeRawBufferPointer) {
        switch b.count {
        case 7 where b.equals("unknown"): self = .unknown
        case 8 where b.equals("contract"): self = .contract
        case 9:
            if b.equals("mobilized") { self = .mobilized } else if b.equals("conscript") { self = .conscript }
            else if b.equals("volunteer") { self = .volunteer } else { return nil }
        default: return nil
        }
    }
}

/// The outcome of a case. "Custodial" means prison, colony_settlement or disciplinary_battalion.
public enum SentenceType: String, CaseIterable, Sendable {
    case prison
    case colonySettlement = "colony_settlement"
    case disciplinaryBattalion = "disciplinary_battalion"
    case suspended, fine, acquitted, dismissed, pending, unknown

    /// Real deprivation of liberty.
    public var isCustodial: Bool { self == .prison || self == .colonySettlement || self == .disciplinaryBattalion }
    /// A conviction: custodial, suspended or a fine.
    public var isConviction: Bool { isCustodial || self == .suspended || self == .fine }
    /// Whether a term in months belongs with this outcome (nominal terms of suspended sentences
    /// included; `unknown` may carry one).
    public var mayHaveTerm: Bool { isCustodial || self == .suspended || self == .unknown }

    /// The sentence type spelled by these bytes, or nil.
    @inline(__always)
    public init?(bytes b: UnsafeRawBufferPointer) {
        switch b.count {
        case 4 where b.equals("fine"): self = .fine
        case 6 where b.equals("prison"): self = .prison
        case 7: if b.equals("pending") { self = .pending } else if b.equals("unknown") { self = .unknown } else { return nil }
        case 9:
            if b.equals("suspended") { self = .suspended } else if b.equals("acquitted") { self = .acquitted }
            else if b.equals("dismissed") { self = .dismissed } else { return nil }
        case 17 where b.equals("colony_settlement"): self = .colonySettlement
        case 22 where b.equals("disciplinary_battalion"): self = .disciplinaryBattalion
        default: return nil
        }
    }
}

/// The limits a valid row keeps to, in one place so that the documentation can quote them.
public enum CaseLimits {
    /// Dates outside these years are taken for typing errors.
    public static let years = 1900...2100
    /// The same limits as day numbers (`CivilDate.dayNumber`): 1900-01-01 ... 2100-12-31.
    public static let dayNumbers = -25_567...47_846
    /// The longest term in months: 30 years, the most the Russian Criminal Code allows for a
    /// combination of sentences (Art. 56). Life imprisonment has no term: leave the cell empty.
    public static let maxMonths = 360.0
}

extension UnsafeRawBufferPointer {
    /// Byte-wise equality with an ASCII literal, by whole words (the literal's length is known
    /// where this is inlined, so the loop unrolls into a few loads and compares; no library call).
    @inline(__always)
    func equals(_ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard count == n else { return false }
        guard n > 0, let a = baseAddress else { return true }
        let b = UnsafeRawPointer(literal.utf8Start)
        if n < 4 {
            for i in 0..<n where a.load(fromByteOffset: i, as: UInt8.self) != b.load(fromByteOffset: i, as: UInt8.self) { return false }
            return true
        }
        if n < 8 {          // two words of 4 that overlap, both inside the n bytes
            return a.loadUnaligned(as: UInt32.self) == b.loadUnaligned(as: UInt32.self)
                && a.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self) == b.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
        }
        var i = 0           // words of 8, the last one ending at n (overlapping the one before)
        while true {
            let at = Swift.min(i, n - 8)
            if a.loadUnaligned(fromByteOffset: at, as: UInt64.self) != b.loadUnaligned(fromByteOffset: at, as: UInt64.self) { return false }
            if at == n - 8 { return true }
            i += 8
        }
    }
}
