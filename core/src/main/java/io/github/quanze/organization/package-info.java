/**
 * The organization that enforces (执法主体、内设机构、岗位、执法人员): agencies, their units and posts, officers and
 * their enforcement certificates.
 * <p>
 * Powers are decomposed to posts "以事定岗，依法定职": each {@link io.github.quanze.organization.Post} has the duties
 * its post description (岗位说明书) states. Only officers with a valid certificate covering the area may enforce
 * (持证上岗; 行政处罚法 Art 42, 行政强制法 Art 17): {@link io.github.quanze.organization.EnforcementCredential}
 * records a certificate with its validity period and status history, and
 * {@link io.github.quanze.organization.Organization#certification} answers, as a value, whether an officer is
 * certified for an area on a day and why not.
 * <p>
 * Layer: above {@code power}; it knows nothing of allocations, procedures or faults.
 */
package io.github.quanze.organization;

