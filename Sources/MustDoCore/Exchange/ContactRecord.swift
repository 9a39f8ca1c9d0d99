/// A contact in neutral form, what every reader (vCard, Google CSV, Outlook CSV, MustDo CSV) produces and
/// every writer takes; the customer card is mapped to and from it.
public struct ContactRecord: Hashable, Sendable {
    /// The parts of a person's name (vCard N).
    public struct Name: Hashable, Sendable {
        /// Family name (姓).
        public var family: String
        /// Given name (名).
        public var given: String
        /// Middle or additional names.
        public var additional: String
        /// Honorific prefixes (Dr.).
        public var prefixes: String
        /// Honorific suffixes (Jr.).
        public var suffixes: String

        /// Creates a name.
        public init(family: String = "", given: String = "", additional: String = "", prefixes: String = "", suffixes: String = "") {
            self.family = family
            self.given = given
            self.additional = additional
            self.prefixes = prefixes
            self.suffixes = suffixes
        }

        /// Whether every part is empty.
        public var isEmpty: Bool { family.isEmpty && given.isEmpty && additional.isEmpty && prefixes.isEmpty && suffixes.isEmpty }
    }

    /// A telephone number with its labels (vCard TYPE values in lower case: cell, work, home, voice, fax…).
    public struct Phone: Hashable, Sendable {
        /// The labels, lower case.
        public var labels: [String]
        /// The number as written.
        public var number: String
        /// Creates a phone.
        public init(labels: [String] = [], number: String) { self.labels = labels; self.number = number }
    }

    /// An e-mail address with its labels (work, home…).
    public struct Email: Hashable, Sendable {
        /// The labels, lower case.
        public var labels: [String]
        /// The address.
        public var address: String
        /// Creates an e-mail address.
        public init(labels: [String] = [], address: String) { self.labels = labels; self.address = address }
    }

    /// A postal address (vCard ADR's seven parts) with its labels.
    public struct Address: Hashable, Sendable {
        /// The labels, lower case.
        public var labels: [String]
        /// Post office box.
        public var poBox: String
        /// Extended address (suite, floor).
        public var extended: String
        /// Street and number.
        public var street: String
        /// City.
        public var locality: String
        /// Province, state or region.
        public var region: String
        /// Postal code.
        public var postalCode: String
        /// Country.
        public var country: String

        /// Creates an address.
        public init(labels: [String] = [], poBox: String = "", extended: String = "", street: String = "", locality: String = "",
                    region: String = "", postalCode: String = "", country: String = "") {
            self.labels = labels
            self.poBox = poBox
            self.extended = extended
            self.street = street
            self.locality = locality
            self.region = region
            self.postalCode = postalCode
            self.country = country
        }

        /// The seven parts in ADR order.
        public var components: [String] { [poBox, extended, street, locality, region, postalCode, country] }

        /// Whether every part is empty.
        public var isEmpty: Bool { components.allSatisfy(\.isEmpty) }
    }

    /// A relation to another person (vCard RELATED): its type (contact, colleague, spouse…) and who.
    public struct Relation: Hashable, Sendable {
        /// The RELATED TYPE values, lower case.
        public var types: [String]
        /// A name, UID or URI.
        public var value: String
        /// Creates a relation.
        public init(types: [String] = [], value: String) { self.types = types; self.value = value }
    }

    /// A field with no standard place: a name and a text value (`X-MUSTDO-…` in a vCard).
    public struct Field: Hashable, Sendable {
        /// The field's name as given (`grade`, `Favorite Color`).
        public var name: String
        /// Its value.
        public var value: String
        /// Creates a field.
        public init(name: String, value: String) { self.name = name; self.value = value }
    }

    /// The UID, or nil when the source had none (`resolvedUID` gives the stable one).
    public var uid: String?
    /// The name as displayed (vCard FN).
    public var formattedName: String
    /// The parts of the name.
    public var name: Name
    /// The organization (company).
    public var organization: String
    /// The department within it.
    public var department: String
    /// The job title.
    public var title: String
    /// The role (decision-maker, buyer…).
    public var role: String
    /// Telephone numbers.
    public var phones: [Phone]
    /// E-mail addresses.
    public var emails: [Email]
    /// Postal addresses.
    public var addresses: [Address]
    /// The birthday.
    public var birthday: ContactBirthday?
    /// Notes (several NOTE properties are joined with a blank line).
    public var notes: String
    /// Categories, tags or labels.
    public var categories: [String]
    /// Hobbies (RFC 6715).
    public var hobbies: [String]
    /// Interests (RFC 6715).
    public var interests: [String]
    /// Relations to other people.
    public var related: [Relation]
    /// When the contact was last changed (vCard REV, as written).
    public var revision: String?
    /// When the contact was created (vCard CREATED, RFC 9554, as written).
    public var created: String?
    /// Fields without a standard place, in order.
    public var custom: [Field]
    /// vCard properties with no field here (URL, NICKNAME, PHOTO…), kept so that an export loses nothing.
    public var otherProperties: [VCardProperty]

    /// Creates a record; only the displayed name is required.
    public init(uid: String? = nil, formattedName: String, name: Name = Name(), organization: String = "", department: String = "",
                title: String = "", role: String = "", phones: [Phone] = [], emails: [Email] = [], addresses: [Address] = [],
                birthday: ContactBirthday? = nil, notes: String = "", categories: [String] = [], hobbies: [String] = [],
                interests: [String] = [], related: [Relation] = [], revision: String? = nil, created: String? = nil,
                custom: [Field] = [], otherProperties: [VCardProperty] = []) {
        self.uid = uid
        self.formattedName = formattedName
        self.name = name
        self.organization = organization
        self.department = department
        self.title = title
        self.role = role
        self.phones = phones
        self.emails = emails
        self.addresses = addresses
        self.birthday = birthday
        self.notes = notes
        self.categories = categories
        self.hobbies = hobbies
        self.interests = interests
        self.related = related
        self.revision = revision
        self.created = created
        self.custom = custom
        self.otherProperties = otherProperties
    }

    /// The UID, or the stable one derived from name, organization, e-mails and phones (`StableUID.uid`).
    public var resolvedUID: String {
        if let u = uid, !u.isEmpty { return u }
        return StableUID.uid(formattedName: formattedName, organization: organization, emails: emails.map(\.address), phones: phones.map(\.number))
    }

    /// The value of custom field `name` (case-insensitive), or nil.
    public func customValue(_ name: String) -> String? {
        custom.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
