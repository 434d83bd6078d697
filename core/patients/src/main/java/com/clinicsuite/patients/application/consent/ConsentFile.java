package com.clinicsuite.patients.application.consent;

/** A consent's scan, for download. */
public record ConsentFile(String fileName, String contentType, byte[] bytes) {
}
