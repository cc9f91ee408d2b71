/**
 * Arbitraries of power catalogues (权责清单), organizations (执法主体、岗位、人员) and allocation tables
 * (职权分解), lawful or with planted flaws.
 */
package io.github.quanze.testkit.organization;
