/** Topics: the taxonomy as data, and the classifier over parsed reports. */
export { defaultTaxonomy, validateTaxonomy, topicLabel, TaxonomyError, type Taxonomy, type TopicDef } from './taxonomy';
export { classifyReport, classifyText, topicOfOffset, topicsVersion, CLASSIFIER_VERSION, type ReportTopics, type TopicAssignment, type SectionTopic, type PassageTopic, type RankedTopic, type Evidence } from './classify';
export { splitPassages, type PassageSpan } from './passages';
export { foldHan } from '../text/fold';
