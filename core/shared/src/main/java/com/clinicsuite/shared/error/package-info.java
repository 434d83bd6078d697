/**
 * Errors every context shares: a broken business rule and a concurrent edit. They carry a stable
 * message key and a plain-language message; the web layer shows the message, never a stack trace.
 */
package com.clinicsuite.shared.error;
