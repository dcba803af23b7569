/**
 * Apache Velocity set up to treat templates as Jira's Velocity does: 1.x syntax, automatic HTML escaping of
 * references not named {@code ...Html}, and a method allowlist.
 */
package com.pmosuite.workbench.http.velocity;
