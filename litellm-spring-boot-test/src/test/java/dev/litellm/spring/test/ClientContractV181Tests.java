package dev.litellm.spring.test;

/**
 * The client contract against a fake modelling LiteLLM v1.81.14: every test of {@link ClientContractTests}, with
 * that release's statuses and messages where it differs from the newest proxy.
 */
@FakeProxyVersion(ProxyVersion.V1_81)
class ClientContractV181Tests extends ClientContractTests {

}
