/** Topics: the taxonomy as data, and the classifier over parsed reports. */
export { defaultTaxonomy, validateTaxonomy, TaxonomyError, type Taxonomy } from './taxonomy';
export { classifyReport, classifyText, topicOfOffset, topicsVersion, type ReportTopics } from './classify';
