package org.openmrs.module.addonmarket.standalone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class AddonCommandsTest {

	@Rule
	public TemporaryFolder temp = new TemporaryFolder();

	private CommandRun addon(String... args) {
		Path workingDirectory = temp.getRoot().toPath();
		return CommandRun.run(workingDirectory, args);
	}

	@Test
	public void run_shouldListTheCommandsAndExitCodesForHelp() {
		CommandRun run = addon("--help");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("keygen", "pack", "sign", "verify", "validate",
		    "0 done; 1 the check failed or an input is invalid; 2 the command line is wrong");
		assertThat(run.err()).isEmpty();
	}

	@Test
	public void run_shouldPrintACommandsHelpAndDoNothingElse() {
		CommandRun run = addon("keygen", "--help");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).startsWith("Usage: addon keygen [--out NAME] [--force]").contains("NAME.pub");
		assertThat(temp.getRoot().list()).as("no key written").isEmpty();
	}

	@Test
	public void run_shouldExitWith2AndOneLineForAnUnknownCommand() {
		CommandRun run = addon("publish", "x.zip");

		assertThat(run.exitCode()).isEqualTo(AddonCommands.USAGE);
		assertThat(run.errLines()).containsExactly("addon: unknown command \"publish\"; expected one of keygen, pack, "
		        + "sign, verify, validate (see addon --help)");
		assertThat(run.out()).isEmpty();
	}

	@Test
	public void run_shouldExitWith2AndOneLineWithoutACommand() {
		CommandRun run = addon();

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.errLines()).hasSize(1).first().asString().startsWith("addon: missing command");
	}

	@Test
	public void run_shouldExitWith2AndOneLineForAMissingOperand() {
		CommandRun run = addon("validate");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.errLines()).containsExactly("addon validate: missing <dir> (see addon validate --help)");
	}

	@Test
	public void run_shouldExitWith2ForAnUnknownOption() {
		CommandRun run = addon("pack", "my-addon", "--output", "x.zip");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.errLines()).containsExactly("addon pack: unknown option \"--output\" (see addon pack --help)");
	}

	@Test
	public void run_shouldExitWith2ForAnOptionWithoutItsValue() {
		CommandRun run = addon("sign", "a.zip", "--key");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.errLines()).containsExactly("addon sign: --key needs a value (see addon sign --help)");
	}

	@Test
	public void run_shouldExitWith2ForAnArgumentTooMany() {
		CommandRun run = addon("verify", "a.zip", "b.zip");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.errLines()).containsExactly("addon verify: unexpected argument \"b.zip\" (see addon verify --help)");
	}
}
