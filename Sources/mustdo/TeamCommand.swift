import ArgumentParser
import MustDoCore

/// `mustdo team …`: the team on PostgreSQL (init, add-member, remove-member, join, status, private).
struct TeamCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "team",
            abstract: CLIText.helpLanguage.text(.teamAbstract),
            subcommands: [TeamInitCommand.self, TeamAddMemberCommand.self, TeamRemoveMemberCommand.self, TeamJoinCommand.self,
                          TeamStatusCommand.self, TeamPrivateCommand.self, TeamShareCommand.self, TeamReportCommand.self])
    }
}
