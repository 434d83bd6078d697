/**
 * Shared application services and types: role names, paging, the audit trail, the caller's origin,
 * and the administrator's view of the system.
 */
package com.clinicsuite.shared.application;
