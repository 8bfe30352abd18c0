/**
 * Vendor service-health advisories: what the vendor says is broken right now, posted by automation, so that a
 * ticket caused by a known outage is linked to the advisory instead of raising a duplicate vendor case. Uses
 * {@code solution} (a solution's kind names its vendor service); {@code ticket} asks it through
 * {@link io.tierdesk.advisory.VendorAdvisories}.
 */
package io.tierdesk.advisory;
