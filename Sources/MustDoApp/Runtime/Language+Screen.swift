import MustDoCore

extension Language {
    /// The language the screen can draw: Chinese needs a UTF-8 locale, so without one (`ascii`) the screen
    /// falls back to English (the launcher says why once). One rule for the start and for every settings reload.
    public func drawable(ascii: Bool) -> Language {
        ascii && self == .zh ? .en : self
    }
}
