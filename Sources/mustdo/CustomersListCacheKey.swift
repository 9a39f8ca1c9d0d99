#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MustDoCore

/// What a stored `customers list` table answers (`QuickCustomerList`): everything the table's bytes depend on besides
/// the cards, so a table is replayed only for the same question. The cards themselves are not in it: any change of
/// theirs empties the stored tables (the triggers of `v16-customer-list-cache`).
enum CustomersListCacheKey {
    /// The layout's own version: raised whenever the table's bytes would change for the same cards and options.
    static let layout = 1

    /// The key of the table `query` lists on `today` in `language`, with cards warned after `reviewDays` days unreviewed.
    /// Each part is written with its length, so no text in an option can pass for another part.
    static func key(_ query: CustomerQuery, language: Language, today: LocalDate, reviewDays: Int) -> String {
        let parts = [String(layout), executable, language.rawValue, today.description, String(reviewDays),
                     query.tier?.rawValue ?? "", query.status?.rawValue ?? "", query.tag.map { "=" + $0 } ?? "",
                     query.search.map { "=" + $0 } ?? "", query.sort.rawValue, query.archived ? "archived" : ""]
        var key = ""
        for part in parts { key += String(part.utf8.count) + ":" + part + ";" }
        return key
    }

    /// This program file's identity (device, inode, size and change time): a table laid out by another build (an
    /// upgrade, a development build) is not this build's, even when the version number is the same.
    static var executable: String {
        var st = stat()
        guard stat("/proc/self/exe", &st) == 0 else { return MustDoVersion.description }
        return "\(st.st_dev).\(st.st_ino).\(st.st_size).\(st.st_ctim.tv_sec).\(st.st_ctim.tv_nsec)"
    }
}
