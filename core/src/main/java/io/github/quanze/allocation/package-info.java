/**
 * Allocation of powers to posts (分解执法职权) and its audit.
 * <p>
 * 国办发〔2005〕37号 asks agencies to decompose each statutory power "逐级分解到内设机构（执法机构）和执法岗位", avoiding
 * both overlap and over-concentration ("既要避免交叉、重复，又要防止权限过于集中"), so that power, post and
 * responsibility correspond one to one. An {@link io.github.quanze.allocation.AllocationTable} records, for one
 * agency, which post handles (承办), reviews (审核), legally reviews (法制审核) and approves (批准) each power.
 * {@link io.github.quanze.allocation.AllocationAudit} checks the table against the power catalogue and the
 * organization on a day and returns an {@link io.github.quanze.allocation.AllocationReport} of
 * {@link io.github.quanze.allocation.AllocationFinding}s: powers left out, handling split with no lead, a post that
 * both investigates and decides, posts with no certified officer, posts of another agency, unknown powers and posts.
 * Each finding is data: its issue, the powers, posts and officers concerned and the typed details of its issue; the
 * audit builds no sentence, and the package's message templates render it in Chinese and English.
 * <p>
 * Layer: above {@code organization}: it joins the catalogue and the organization, and nothing below reads it.
 */
package io.github.quanze.allocation;

