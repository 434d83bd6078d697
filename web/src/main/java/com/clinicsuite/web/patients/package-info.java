/** Patient screens: the paged patient list and the registration form. */
package com.clinicsuite.web.patients;
