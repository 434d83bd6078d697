/**
 * Shared infrastructure: the start-up bean that migrates every context's schema with Flyway.
 */
package com.clinicsuite.shared.infrastructure;
