/** Administration screens: the system status page. */
package com.clinicsuite.web.admin;
