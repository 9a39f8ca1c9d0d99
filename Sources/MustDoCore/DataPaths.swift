/// Where MustDo keeps its database, config and user themes, following the XDG base directory spec.
public struct DataPaths: Sendable {
    /// The database file.
    public var database: String
    /// The config file.
    public var config: String
    /// The user's theme folder.
    public var userThemes: String
    /// The data folder (database, automatic backups).
    public var dataDirectory: String

    /// Resolves paths from the environment: `MUSTDO_DB`, `MUSTDO_CONFIG`, `XDG_DATA_HOME`, `XDG_CONFIG_HOME`, `HOME`.
    public init(environment env: [String: String], databaseOverride: String? = nil, configOverride: String? = nil) {
        let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
        let dataHome = env["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.local/share"
        let configHome = env["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.config"
        dataDirectory = dataHome + "/mustdo"
        database = databaseOverride ?? env["MUSTDO_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? dataDirectory + "/mustdo.sqlite"
        config = configOverride ?? env["MUSTDO_CONFIG"].flatMap { $0.isEmpty ? nil : $0 } ?? configHome + "/mustdo/config.toml"
        userThemes = configHome + "/mustdo/themes"
    }
}
