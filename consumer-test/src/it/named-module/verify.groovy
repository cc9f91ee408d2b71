// The consumer's tests ran (not skipped) and its jar was built as a named module.
import java.util.jar.JarFile

File report = new File(basedir, 'target/surefire-reports/TEST-example.consumer.ConsumerAppTest.xml')
assert report.isFile() : "no test report: the consumer's tests did not run"
String head = report.getText('UTF-8').find(/<testsuite [^>]*>/)
assert head != null : 'unreadable test report'
assert head.contains('tests="4"') : "expected 4 tests: ${head}"
assert head.contains('failures="0"') && head.contains('errors="0"') && head.contains('skipped="0"') : head

File properties = new File(basedir, 'target/surefire-reports/TEST-example.consumer.ConsumerPropertiesTest.xml')
assert properties.isFile() : "no report of the testkit property: it did not run"
String propertiesHead = properties.getText('UTF-8').find(/<testsuite [^>]*>/)
assert propertiesHead.contains('tests="2"') && propertiesHead.contains('failures="0"') : propertiesHead
assert propertiesHead.contains('errors="0"') && propertiesHead.contains('skipped="0"') : propertiesHead

File jar = new File(basedir, 'target/quanze-consumer-1.0.jar')
assert jar.isFile() : 'no consumer jar'
new JarFile(jar).withCloseable { assert it.getEntry('module-info.class') != null : 'the consumer is not a named module' }
return true
