import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo customers …`: the customer file (list is the default; show, add, edit, archive, restore, merge, forget).
struct CustomersCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "customers",
            abstract: CLIText.helpLanguage.text(.custAbstract),
            subcommands: [CustomersListCommand.self, CustomersShowCommand.self, CustomersAddCommand.self, CustomersEditCommand.self,
                          CustomersArchiveCommand.self, CustomersRestoreCommand.self, CustomersMergeCommand.self, CustomersForgetCommand.self,
                          CustomersImportCommand.self, CustomersExportCommand.self],
            defaultSubcommand: CustomersListCommand.self)
    }
}

extension AppContext {
    /// The database for the customer commands: opened and migrated, without seeding routines or materialising today.
    func openCustomers() throws -> AppDatabase {
        try AppDatabase.open(path: paths.database)
    }

    /// The card `ref` names (id, number or exact name), or one sentence.
    func customer(_ ref: String, in db: AppDatabase) throws -> Customer {
        try db.resolveCustomer(ref)
    }
}
