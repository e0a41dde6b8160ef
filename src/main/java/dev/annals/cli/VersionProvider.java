package dev.annals.cli;

import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints "Annals VERSION". */
public final class VersionProvider implements IVersionProvider {

    @Spec
    CommandSpec spec;

    @Override
    public String[] getVersion() {
        CommandLine root = spec.root().commandLine();
        AnnalsCommand command = root.getCommand();
        return new String[]{"Annals " + command.environment().version()};
    }
}
