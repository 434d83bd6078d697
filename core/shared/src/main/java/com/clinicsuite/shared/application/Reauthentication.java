package com.clinicsuite.shared.application;

/**
 * Confirms that the signed-in user is present by checking their password again with the identity provider, as
 * signing a plan or a note requires (re-authentication at the moment of signing).
 */
public interface Reauthentication {

    /**
     * @return the user's realm roles, so a caller can require e.g. a licensed clinician as a witness
     * @throws com.clinicsuite.shared.error.BusinessRuleException (field {@code password}) when the password is missing
     *         or wrong, or the identity provider cannot be reached
     */
    java.util.Set<String> confirm(String username, String password);
}
