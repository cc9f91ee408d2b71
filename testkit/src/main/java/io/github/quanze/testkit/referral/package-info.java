/**
 * Arbitraries of joint enforcement teams (联动执法小组) and their logs.
 */
package io.github.quanze.testkit.referral;
