import Testing

/// `zip` for comparing our values with a reference: records a test issue when the two differ in
/// length, where `zip` would silently compare only the shorter prefix.
public func paired<A: Collection, B: Collection>(_ ours: A, _ reference: B,
                                                 sourceLocation: SourceLocation = #_sourceLocation) -> Zip2Sequence<A, B> {
    if ours.count != reference.count {
        Issue.record("lengths differ: \(ours.count) values against \(reference.count) in the reference", sourceLocation: sourceLocation)
    }
    return zip(ours, reference)
}
