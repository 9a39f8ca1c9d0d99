// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "MustDo",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "mustdo", targets: ["mustdo"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    ],
    targets: [
        // Domain and schedule engine: periods, routines, occurrences, rules. No UI, no SQL.
        .target(
            name: "MustDoCore",
            dependencies: [.product(name: "TOMLKit", package: "TOMLKit")],
            resources: [.copy("Packs")]
        ),
        // SQLite through GRDB: AppDatabase, ordered named migrations, intent-named writes.
        .target(
            name: "MustDoStore",
            dependencies: ["MustDoCore", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")]
        ),
        // Cells, buffers, diffs, display width, layout and widgets. No ncurses.
        .target(name: "TerminalUI"),
        // ncursesw, wide-character API, through a shim header.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // The only importer of CNcursesw.
        .target(name: "NcursesBackend", dependencies: ["CNcursesw", "TerminalUI"]),
        // App state, actions, the pure reducer, key tables, themes, screens and the runtime loop.
        .target(name: "MustDoApp", dependencies: ["MustDoCore", "MustDoStore", "TerminalUI", .product(name: "TOMLKit", package: "TOMLKit"),
                                         "MustDoTeam"]),
        // libpq's headers (libpq-dev); the library itself is opened with dlopen by the team commands only, so it is
        // not linked (no pkgConfig: its `-lpq` would link it into every start).
        .systemLibrary(name: "CLibpq", providers: [.apt(["libpq-dev"])]),
        // The team on PostgreSQL: the libpq wrapper, the server schema, `team` administration and `sync`.
        .target(name: "MustDoTeam", dependencies: ["CLibpq", "MustDoCore", "MustDoStore", .product(name: "TOMLKit", package: "TOMLKit")]),
        // The commit the binary was built from (`make` writes .build/buildinfo/mustdo_commit.h).
        .target(name: "CBuildInfo"),
        // Process-wide SQLite settings made before the first connection (sqlite3_config is variadic: C only).
        .target(name: "CSQLiteSetup", dependencies: [.product(name: "GRDBSQLite", package: "GRDB.swift")]),
        // The command line and the screen runtime.
        .executableTarget(
            name: "mustdo",
            dependencies: [
                "MustDoCore", "MustDoStore", "MustDoApp", "TerminalUI", "NcursesBackend", "CBuildInfo", "CSQLiteSetup",
                "MustDoTeam",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // In-process screen timings for bench/screen.sh (not a test).
        .executableTarget(name: "mustdo-bench", dependencies: ["MustDoApp", "MustDoCore", "MustDoStore", "MustDoTestSupport", "TerminalUI"]),
        .target(name: "MustDoTestSupport", dependencies: ["MustDoCore", "MustDoStore", "MustDoApp", "TerminalUI"]),
        .testTarget(name: "MustDoCoreTests", dependencies: ["MustDoCore", "MustDoTestSupport"]),
        .testTarget(name: "MustDoStoreTests", dependencies: ["MustDoStore", "MustDoCore", "MustDoTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "MustDoAppTests", dependencies: ["MustDoApp", "MustDoTestSupport", "MustDoStore", "MustDoCore", "TerminalUI",
                                                      "MustDoTeam"], exclude: ["Snapshots"]),
        .testTarget(name: "MustDoCLITests", dependencies: ["MustDoTestSupport", "mustdo", "MustDoStore", "MustDoCore", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
