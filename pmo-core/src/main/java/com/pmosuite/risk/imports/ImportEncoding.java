package com.pmosuite.risk.imports;

import com.pmosuite.shared.ValidationFailed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The character encodings an import file may be in. UTF-8 (with or without a byte order mark) is read by default;
 * Windows-1252, what Excel on Windows writes as "CSV", only when the client asks, because any byte sequence is
 * valid Windows-1252 and guessing it would silently turn a damaged UTF-8 file into mojibake.
 */
public enum ImportEncoding {
    UTF_8("utf-8", StandardCharsets.UTF_8),
    WINDOWS_1252("windows-1252", Charset.forName("windows-1252"));

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String wireName;
    private final Charset charset;

    ImportEncoding(String wireName, Charset charset) {
        this.wireName = wireName;
        this.charset = charset;
    }

    /** The name clients send and read back: {@code utf-8} or {@code windows-1252}. */
    public String wireName() {
        return wireName;
    }

    /** The encoding a client named, UTF-8 when it named none; an unknown name is a 400 at {@code field}. */
    public static ImportEncoding named(String name, String field) {
        if (name == null || name.isBlank()) {
            return UTF_8;
        }
        String clean = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (clean) {
            case "utf-8", "utf8" -> UTF_8;
            case "windows-1252", "cp1252" -> WINDOWS_1252;
            default -> throw ValidationFailed.of(field, "must be utf-8 or windows-1252");
        };
    }

    /** A file's text, how it was decoded, and whether it began with a UTF-8 byte order mark. */
    public record Decoded(String text, ImportEncoding encoding, boolean byteOrderMark) {
    }

    /**
     * Decodes a file. A UTF-8 byte order mark is dropped (also when Windows-1252 was asked for: such a file is
     * UTF-8 whatever the client thought). Bytes that are not UTF-8 are refused with a 400 at {@code field} that says
     * to choose Windows-1252, rather than replaced with U+FFFD and stored.
     */
    public static Decoded decode(byte[] bytes, ImportEncoding asked, String field) {
        boolean bom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
        ByteBuffer body = ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0));
        ImportEncoding used = bom ? UTF_8 : asked;
        try {
            String text = used.charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(body).toString();
            return new Decoded(text, used, bom);
        } catch (CharacterCodingException e) {
            if (used == WINDOWS_1252) {
                // Five byte values are undefined in Windows-1252; a file holding them is in neither encoding.
                throw ValidationFailed.of(field, "is neither UTF-8 nor Windows-1252: save it as UTF-8");
            }
            throw ValidationFailed.of(field, "is not UTF-8 (line " + lineOfFirstBadByte(bytes, bom ? 3 : 0)
                    + "): if a spreadsheet on Windows saved it, choose the Windows-1252 encoding"
                    + " (encoding=windows-1252), or save it as UTF-8");
        }
    }

    private static long lineOfFirstBadByte(byte[] bytes, int from) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 1;
        int start = from;
        for (int i = from; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return line;
    }
}
