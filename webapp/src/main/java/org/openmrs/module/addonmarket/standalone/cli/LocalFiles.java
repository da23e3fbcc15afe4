package org.openmrs.module.addonmarket.standalone.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes the files a command is given, turning each failure into one line that names the file.
 */
final class LocalFiles {

	private LocalFiles() {
	}

	/**
	 * @param file a file named on the command line
	 * @param console where relative paths start
	 * @return its bytes
	 * @throws CommandFailedException when it is missing, a folder, or cannot be read
	 */
	static byte[] read(Path file, Console console) {
		if (Files.isDirectory(file)) {
			throw new CommandFailedException(console.shown(file), "is a folder; expected a file");
		}
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException e) {
			throw new CommandFailedException(console.shown(file), "cannot be read (" + reason(e) + ")");
		}
	}

	/**
	 * Writes a file, replacing it if it exists, creating its folder if need be.
	 *
	 * @throws CommandFailedException when it cannot be written
	 */
	static void write(Path file, byte[] content, Console console) {
		try {
			createParent(file);
			Files.write(file, content);
		}
		catch (IOException e) {
			throw new CommandFailedException(console.shown(file), "cannot be written (" + reason(e) + ")");
		}
	}

	/** Creates the folder a file is to be written in, when it does not exist yet. */
	static void createParent(Path file) throws IOException {
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
	}

	/** @return why an operation failed, in a few words */
	static String reason(IOException e) {
		if (e instanceof NoSuchFileException) {
			return "no such file or folder";
		}
		if (e instanceof FileAlreadyExistsException) {
			return "it already exists";
		}
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
