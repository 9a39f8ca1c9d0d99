extension TeamSync.Outcome {
    /// An outcome with these counts (a screen test's sync that needs no server).
    public static func counted(pushed: Int = 0, pulled: Int = 0, conflicts: Int = 0, pending: Int = 0) -> TeamSync.Outcome {
        var o = TeamSync.Outcome()
        o.pushed = pushed
        o.pulled = pulled
        o.conflicts = conflicts
        o.pending = pending
        return o
    }
}
