/// Which sentence lengths are compared.
public enum CompareMonths: String, Sendable, CaseIterable { case custodial, all }
