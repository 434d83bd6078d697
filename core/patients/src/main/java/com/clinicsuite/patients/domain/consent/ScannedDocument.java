package com.clinicsuite.patients.domain.consent;

import com.clinicsuite.shared.error.BusinessRuleException;

import java.util.Arrays;

/**
 * An uploaded scan, accepted only when its bytes really are a PDF, PNG or JPEG (the declared type and the
 * file name are not trusted) and it is not larger than {@link #MAX_BYTES}.
 */
public record ScannedDocument(String fileName, String contentType, byte[] bytes) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** Checks an upload and names what is wrong with it. */
    public static ScannedDocument of(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new BusinessRuleException("consent.document.required", "document", "Attach the signed consent (PDF, PNG or JPEG).");
        }
        if (bytes.length > MAX_BYTES) {
            throw new BusinessRuleException("consent.document.tooLarge", "document",
                    "The file is " + (bytes.length / 1024 / 1024) + " MB; the limit is " + (MAX_BYTES / 1024 / 1024) + " MB. Scan at a lower resolution.");
        }
        String type = sniff(bytes);
        if (type == null) {
            throw new BusinessRuleException("consent.document.type", "document",
                    "Only PDF, PNG or JPEG scans are accepted; this file is none of them.");
        }
        String name = fileName == null || fileName.isBlank() ? "consent" : fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        return new ScannedDocument(name.length() > 200 ? name.substring(0, 200) : name, type, bytes.clone());
    }

    /** The content type the bytes themselves show, or null. */
    static String sniff(byte[] b) {
        if (startsWith(b, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            return "application/pdf";
        }
        if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return "image/png";
        }
        if (startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScannedDocument d && fileName.equals(d.fileName) && contentType.equals(d.contentType)
                && Arrays.equals(bytes, d.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return fileName + " (" + contentType + ", " + bytes.length + " bytes)";
    }
}
