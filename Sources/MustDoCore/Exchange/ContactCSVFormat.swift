/// The contact CSV layouts MustDo reads, told apart by their header line.
public enum ContactCSVFormat: String, Sendable, Hashable, CaseIterable {
    /// Google Contacts' "Google CSV" export, the current layout (`First Name`, `Organization Name`,
    /// `E-mail 1 - Label`/`- Value`, `Phone 1 - Label`…) and the older one (`Given Name`, `Family Name`,
    /// `E-mail 1 - Type`, `Organization 1 - Name`…).
    case google
    /// Outlook's CSV export (`First Name`, `Last Name`, `Company`, `Job Title`, `Business Phone`,
    /// `Mobile Phone`, `E-mail Address`, `Business Street`…).
    case outlook
    /// MustDo's own CSV (`ContactCSVWriter`): `uid`, `formatted_name`, … one column per field.
    case mustdo

    /// The columns of MustDo's own CSV, in order; any further column is a custom field named by its header.
    public static let mustdoColumns = ["uid", "formatted_name", "family_name", "given_name", "additional_names", "name_prefixes",
                                       "name_suffixes", "organization", "department", "title", "role", "phones", "emails",
                                       "addresses", "birthday", "notes", "categories", "hobbies", "interests", "related",
                                       "revision", "created", "other_vcard"]

    /// The layout whose header line `headers` is, or nil when it is none of them.
    public static func detect(_ headers: [String]) -> ContactCSVFormat? {
        let set = Set(headers.map { $0.trimmed(of: " \t") })
        if set.contains("uid"), set.contains("formatted_name") { return .mustdo }
        if set.contains("E-mail 1 - Value") || set.contains("Phone 1 - Value") || set.contains("Organization 1 - Name")
            || set.contains("Organization Name") || (set.contains("Given Name") && set.contains("Family Name")) { return .google }
        if set.contains("First Name"), set.contains("Last Name"),
           set.contains("E-mail Address") || set.contains("Mobile Phone") || set.contains("Business Phone") || set.contains("Company") {
            return .outlook
        }
        return nil
    }
}
