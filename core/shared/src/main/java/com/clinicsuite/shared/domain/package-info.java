/**
 * Shared kernel value logic that every context may use: check digits and similar pure rules.
 * No Jakarta EE imports live here.
 */
package com.clinicsuite.shared.domain;
