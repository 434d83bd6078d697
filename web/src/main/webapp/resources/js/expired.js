/* The session reached its absolute lifetime: sign out at once (ending the Keycloak session as well). */
document.getElementById('expired-form').submit();
