import MustDoApp
import MustDoCore

/// Finds and loads the theme named on the command line or in config; a broken or missing theme falls back to the default with a message.
enum ThemeLoader {
    /// The catalog of user and shipped themes for this installation.
    static func catalog(_ context: AppContext) -> ThemeCatalog {
        ThemeCatalog(userDirectory: context.paths.userThemes,
                     shippedDirectories: ThemeCatalog.shippedDirectories(executableDirectory: Resources.executableDirectory(), environment: context.environment))
    }

    /// The theme to use and, when it could not be loaded, the one-sentence reason shown on the status line.
    static func load(name fromFlag: String?, configured: String?, context: AppContext) -> (Theme, String?) {
        let name = fromFlag ?? configured ?? "default"
        do {
            return (try catalog(context).load(name, requestedIn: fromFlag != nil ? "--theme" : context.paths.config), nil)
        } catch let e as MustDoError {
            let suffix = context.language.text(.cliThemeLoaderUsingTheDefaultTheme)
            return (.fallback, e.message(context.language) + suffix)
        } catch {
            return (.fallback, "\(error)")
        }
    }
}
