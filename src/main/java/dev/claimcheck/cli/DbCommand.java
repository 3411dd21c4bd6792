package dev.claimcheck.cli;

import picocli.CommandLine.Command;

/** {@code claimcheck db}: work on the claims database. */
@Command(name = "db", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Work on the claims database.",
    subcommands = {DbValidateCommand.class, DbListCommand.class, DbStatsCommand.class, DbTestCommand.class, DbExplainCommand.class,
        DbImportClaimReviewCommand.class})
final class DbCommand {}
