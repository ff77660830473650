using NUnit.Framework;
using PlanAct.WebArena.Login;

namespace PlanAct.WebArena.Tests.Login;

public sealed class LoginPageTests
{
    [TestCase("http://h:7770/customer/account/login/", "/customer/account/login/", "/customer/account/login/", true)]
    [TestCase("http://h:7770/customer/account/login", "/customer/account/login/", "/customer/account/login/", true)]
    [TestCase("http://h:7770/customer/account/login/referer/aHR0cA,,/", "/customer/account/login/", "/customer/account/login/", true)]
    [TestCase("http://h:7770/customer/account/", "/customer/account/login/", "/customer/account/login/", false)]
    [TestCase("http://h:7780/admin/", "/admin", "", true)]
    [TestCase("http://h:7780/admin/admin/dashboard/", "/admin", "", false)]
    [TestCase("http://h:9999/login", "/login", "/login", true)]
    [TestCase("http://h:9999/login_check", "/login", "/login", false)]
    [TestCase("http://h:9999/", "/login", "/login", false)]
    [TestCase("http://h:8023/users/sign_in", "/users/sign_in", "/users/sign_in", true)]
    [TestCase("http://h:8023/", "/users/sign_in", "/users/sign_in", false)]
    [TestCase("not a url", "/login", "/login", false)]
    public void Tells_the_login_page_from_the_page_after_it(string url, string landedPath, string loginPath, bool expected) =>
        Assert.That(LoginPage.Contains(url, landedPath, loginPath), Is.EqualTo(expected));
}
