extension ModelGlance {
    /// The note among `notes` on an ill-conditioned design (a scaled condition number above
    /// 10⁶, which costs visible precision in the estimates), or nil: the one remark on a fit that
    /// a command line also shows on standard error.
    public var conditioningNote: String? { conditioningNotes(conditionNumber).first }
}
