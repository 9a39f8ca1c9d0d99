/// Every kind of thing a screen draws with its own look; a theme gives each one a `Style`.
public enum ThemeRole: String, CaseIterable, Sendable {
    /// The base of every cell: all other roles are laid over it.
    case background
    /// The title bar at the top.
    case header
    /// The key-hint bar at the bottom.
    case footer
    /// A key name inside the footer hints.
    case footerKey
    /// The border of a pane without focus.
    case paneBorder
    /// The border of the pane with focus.
    case paneBorderFocused
    /// The title of a pane without focus.
    case paneTitle
    /// The title of the pane with focus.
    case paneTitleFocused
    /// The done part of a progress bar.
    case progressFilled
    /// The remaining part of a progress bar.
    case progressEmpty
    /// An item still to do.
    case itemOpen
    /// A done item.
    case itemDone
    /// A skipped item.
    case itemSkipped
    /// An item whose period ended undone.
    case itemMissed
    /// An open item past its due date.
    case itemOverdue
    /// The selected item in the focused pane.
    case itemSelected
    /// The selected item in a pane without focus.
    case itemSelectedUnfocused
    /// A due date.
    case due
    /// A count such as 3/5.
    case count
    /// The current tab (period or screen).
    case tabActive
    /// The other tabs.
    case tabInactive
    /// Help screen text.
    case help
    /// A key name on the help screen.
    case helpKey
    /// An input prompt.
    case prompt
    /// A status message.
    case message
    /// An error message.
    case error
    /// Secondary, quiet text.
    case dim

    /// The name used in theme files: snake_case (`itemDone` ↔ `item_done`).
    public var fileKey: String {
        var out = ""
        for c in rawValue {
            if c.isUppercase { out += "_" + c.lowercased() } else { out.append(c) }
        }
        return out
    }

    /// The role a theme file calls `fileKey` (`item_done`); `-` is read as `_`, case is ignored.
    public init?(fileKey: String) {
        let key = fileKey.lowercased().replacingAll("-", with: "_")
        guard let role = ThemeRole.allCases.first(where: { $0.fileKey == key }) else { return nil }
        self = role
    }
}

extension String {
    /// This string with every `target` character replaced (no Foundation).
    fileprivate func replacingAll(_ target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
