package io.mellchat.serving.auth;

import io.mellchat.serving.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The HMAC secret for tokens: {@code MELLCHAT_JWT_SECRET} when set; otherwise a random secret
 * generated on first use and kept in {@code <data dir>/jwt-secret} (mode 600), so that the server
 * and {@code ./mellchat token} agree across restarts. Never a constant in the code.
 */
public final class JwtSecret {
    private static final Logger LOG = Logger.getLogger(JwtSecret.class.getName());
    public static final String FILE_NAME = "jwt-secret";

    private JwtSecret() {}

    public static byte[] resolve(Optional<String> configured, Path dataDir) {
        if (configured.isPresent()) {
            return configured.get().getBytes(StandardCharsets.UTF_8);
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                generate(file);
            }
            String text = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (text.length() < 32) {
                throw new ConfigException(
                        "the stored JWT secret "
                                + file
                                + " is too short: delete it to have a new one generated, or set"
                                + " MELLCHAT_JWT_SECRET");
            }
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(
                    "cannot read or create the JWT secret "
                            + file
                            + " ("
                            + e.getMessage()
                            + "): set MELLCHAT_JWT_SECRET, or MELLCHAT_DATA_DIR to a writable"
                            + " folder",
                    e);
        }
    }

    private static void generate(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        Path tmp;
        try {
            tmp =
                    Files.createTempFile(
                            file.getParent(),
                            ".jwt-secret",
                            ".tmp",
                            PosixFilePermissions.asFileAttribute(ownerOnly));
        } catch (UnsupportedOperationException e) {
            tmp = Files.createTempFile(file.getParent(), ".jwt-secret", ".tmp");
        }
        Files.writeString(tmp, secret + "\n", StandardCharsets.UTF_8);
        try {
            // never replace a secret another process stored first
            Files.createLink(file, tmp);
            LOG.info("generated a JWT secret in " + file);
        } catch (FileAlreadyExistsException e) {
            // lost the race: keep theirs
        } catch (UnsupportedOperationException | IOException e) {
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                tmp = null;
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException ignored) {
                // keep whatever is there
            }
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
