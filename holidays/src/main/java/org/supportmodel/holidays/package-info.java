/**
 * Public holidays for business calendars, from the maintained jollyday data set.
 *
 * <p>{@link org.supportmodel.holidays.PublicHolidays} reads the public holidays of a country and
 * region (Germany/Berlin, United States/New York, Sweden...) and adds them to a {@link
 * org.supportmodel.sla.BusinessCalendar}, so that nobody types holiday lists by hand.
 */
@NullMarked
package org.supportmodel.holidays;

import org.jspecify.annotations.NullMarked;
